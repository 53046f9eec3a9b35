# The kehoach service (kehoach serve) in a container: a static binary on
# an empty image, run as a user without privileges. The service reads and
# writes no file, so the image has none but the binary.
#
#   docker build -t kehoach .
#   docker run --rm -p 8080:8080 -e KEHOACH_TOKEN=… kehoach
#
# See docs/deploy.md.

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# CGO off: a static binary that needs no C library; -trimpath and no VCS
# stamp: the same source gives the same binary.
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false -ldflags="-s -w" -o /out/kehoach ./cmd/kehoach

FROM scratch
COPY --from=build /out/kehoach /kehoach
# 65532: the conventional "nonroot" user; no passwd entry is needed.
USER 65532:65532
EXPOSE 8080
ENV KEHOACH_TOKEN=""
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["/kehoach", "serve", "-healthcheck", "-addr", "127.0.0.1:8080"]
ENTRYPOINT ["/kehoach"]
# Listen on every interface inside the container; -drain lets a load
# balancer see /healthz fail before the listener closes.
CMD ["serve", "-addr", "0.0.0.0:8080", "-drain", "5s"]
