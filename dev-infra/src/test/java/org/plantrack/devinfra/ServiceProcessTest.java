package org.plantrack.devinfra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceProcessTest {

    @TempDir
    Path dir;

    @Test
    void waitsForHealthAndRestartsAKilledProcess() throws Exception {
        Log.toFile(dir.resolve("launcher.log"));
        ServiceProcess stub = stub("stub");
        try {
            stub.start();
            stub.supervise();
            stub.awaitReady(Duration.ofSeconds(60));
            long firstPid = stub.pid();

            ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((stub.pid() == firstPid || !stub.isReady()) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(stub.pid()).isNotEqualTo(firstPid);
            assertThat(stub.isReady()).isTrue();
            assertThat(stub.restarts()).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("launcher.log"))).contains("restarting stub (exit code 137)");
            assertThat(Files.readString(stub.logFile())).contains("stub listening on");
        } finally {
            stub.stop();
        }
        assertThat(stub.isAlive()).isFalse();
        // stopping on purpose is not a crash: no second restart
        Thread.sleep(1500);
        assertThat(stub.restarts()).isEqualTo(1);
    }

    @Test
    void anUnsupervisedProcessThatDiesFailsTheHealthWaitWithItsLog() {
        // a main class that does not exist: the JVM exits at once with an error on its console
        ServiceProcess broken = new ServiceProcess("broken", List.of(ChildProcesses.javaExecutable(), "-cp", dir.toString(), "no.such.Main"),
                Map.of(), dir, dir.resolve("broken.log"), URI.create("http://localhost:" + Ports.free() + "/q/health/ready"),
                false);
        broken.start();
        assertThatThrownBy(() -> broken.awaitReady(Duration.ofSeconds(30)))
                .hasMessageContaining("broken exited with code 1")
                .hasMessageContaining("no.such.Main");
    }

    @Test
    void aSupervisedProcessThatKeepsCrashingStopsTheHealthWait() {
        Log.toFile(dir.resolve("launcher.log"));
        ServiceProcess crashing = new ServiceProcess("crashing",
                List.of(ChildProcesses.javaExecutable(), "-Xmx32m", "-cp", dir.toString(), "no.such.Main"), Map.of(), dir,
                dir.resolve("crashing.log"), URI.create("http://localhost:" + Ports.free() + "/q/health/ready"), false);
        try {
            crashing.start();
            crashing.supervise();
            assertThatThrownBy(() -> crashing.awaitReady(Duration.ofSeconds(90)))
                    .hasMessageContaining("crashing keeps exiting (3 restarts)")
                    .hasMessageContaining("no.such.Main");
        } finally {
            crashing.stop();
        }
    }

    private ServiceProcess stub(String name) {
        int managementPort = Ports.free();
        String classes = Path.of(HealthStub.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        List<String> command = List.of(ChildProcesses.javaExecutable(), "-Xmx32m", "-cp", classes,
                HealthStub.class.getName());
        return new ServiceProcess(name, command, Map.of("QUARKUS_HTTP_PORT", Integer.toString(Ports.free()),
                "QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort)), dir,
                dir.resolve(name + ".log"), URI.create("http://localhost:" + managementPort + "/q/health/ready"), false);
    }
}
