# One image recipe for the four services, in JVM mode. docker-compose.yml builds each service with its own folder
# as the context and the service's HTTP port as SERVICE_PORT. Build the fast-jars first
# (./mvnw -B package -DskipTests), then: docker compose build
FROM eclipse-temurin:17-jre

ARG SERVICE_PORT=8080

# an unprivileged user owns nothing but the application files
RUN groupadd --system --gid 10001 plantrack \
 && useradd --system --uid 10001 --gid plantrack --no-create-home --shell /usr/sbin/nologin plantrack

WORKDIR /app
# layers from least to most often changed: dependencies, then Quarkus' generated code, then our classes.
# Files stay owned by root: the service user can read its code but not change it.
COPY target/quarkus-app/lib/ /app/lib/
COPY target/quarkus-app/quarkus/ /app/quarkus/
COPY target/quarkus-app/app/ /app/app/
COPY target/quarkus-app/quarkus-run.jar /app/quarkus-run.jar

USER 10001
# every setting comes from the environment (see docker-compose.yml); these are only the container defaults
# the management interface (/q/health, /q/metrics; its port is the service's own, 9000-9003) listens on every
# interface of the container too, so Prometheus on the compose networks can scrape it; compose publishes it nowhere
ENV QUARKUS_HTTP_HOST=0.0.0.0 \
    QUARKUS_MANAGEMENT_HOST=0.0.0.0 \
    QUARKUS_HTTP_PORT=${SERVICE_PORT} \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
EXPOSE ${SERVICE_PORT}
# exec: the JVM is PID 1 and gets SIGTERM from "docker stop" for a graceful shutdown
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
