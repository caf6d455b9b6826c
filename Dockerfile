# syntax=docker/dockerfile:1
# Minsheng Tracker: build with the Maven wrapper on a JDK, run on a JRE as a non-root user.
#   docker build -t minsheng-tracker .
#   docker compose up --build        (app + PostgreSQL, see docker-compose.yml)

# ---- build stage -----------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# The maven image sets MAVEN_CONFIG=/root/.m2, which Maven would read as a command-line argument.
ENV MAVEN_CONFIG=""

# Dependencies first: this layer is rebuilt only when the pom or the wrapper changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q dependency:go-offline

COPY src src
COPY db db
# The package phase also runs Spring AOT (process-aot in pom.xml): the bean definitions are generated
# into the jar, for the start below with -Dspring.aot.enabled=true.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -DskipTests package \
 && cp target/minsheng-tracker-*.jar /build/app.jar
# Spring Boot's jar tools lay the jar out for the ahead-of-time cache (bench/startup.sh measures it).
RUN java -Djarmode=tools -jar /build/app.jar extract --destination /build/extracted

# ---- runtime stage ---------------------------------------------------------
# The build stays on JDK 17 bytecode; the runtime is Java 25 for its ahead-of-time cache (below),
# with which the portal answers first in a third less time and CPU than with JDK 17's
# class-data-sharing archive; Spring AOT's generated bean definitions (-Dspring.aot.enabled=true)
# take another sixth to a quarter off (docs/startup.md; bench/startup.sh measures each).
FROM eclipse-temurin:25-jre
# The year-end review's PDF embeds this CJK font (Apache-2.0); see docs/fonts.md.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-droid-fallback fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system minsheng \
 && useradd --system --gid minsheng --home-dir /app --shell /usr/sbin/nologin minsheng
WORKDIR /app
COPY --from=build /build/extracted/ /app/
# A training run records the classes a start loads, linked, with the profiles of the methods it
# ran, into the JVM's ahead-of-time cache (Java 25, JEP 483/514/515): it starts the portal on the
# embedded database on 127.0.0.1, asks for the first pages and the probes, and stops it
# (src/main/docker/aot-training.sh), on Spring AOT's bean definitions as the start below. The cache
# belongs to this JVM and this class path (/app/app.jar and its lib/): a JVM that cannot use it says
# so and starts without it.
# The JVM options of the start (src/main/docker/jvm.options, a java argument file) are the training's.
COPY src/main/docker/jvm.options /app/jvm.options
COPY src/main/docker/aot-training.sh /usr/local/bin/aot-training.sh
RUN bash /usr/local/bin/aot-training.sh /app/app.aot /app/app.jar java @/app/jvm.options
USER minsheng

ENV SERVER_PORT=8080
EXPOSE 8080

# The load balancer's probes (Spring Boot Actuator): liveness here; nginx and orchestrators may also
# ask /actuator/health/readiness, which is down while the database is. Plain bash, no curl needed.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} \
    && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 \
    && head -n 1 <&3 | grep -q "^HTTP/1\.[01] 200"'

# Spring AOT's bean definitions were decided when the jar was built, without profiles: this start
# refuses the demo and synthetic profiles (system/AheadOfTimeStart); every other setting, the
# database, SMTP server and prod profile included, is read here at run time. The other JVM options
# (heap share, Spring AOT, native reflection accessors) are in /app/jvm.options.
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:AOTCache=/app/app.aot", "-jar", "/app/app.jar"]
