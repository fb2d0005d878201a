package uk.scrutiny.functions.recalculate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import software.amazon.cloudwatchlogs.emf.environment.Environment;
import software.amazon.cloudwatchlogs.emf.environment.EnvironmentProvider;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.sinks.ISink;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.internal.EmfMetricsLogger;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;

/**
 * Powertools' real EMF logger, as template.yaml configures it (namespace CouncilPerformance,
 * Service council-performance), with the Lambda sink replaced by a list: the lines a function
 * would print, without probing for an environment.
 */
final class EmfCapture implements Environment, ISink {
    private static final ObjectMapper JSON = new ObjectMapper();
    final List<JsonNode> lines = new ArrayList<>();

    Metrics metrics() {
        EnvironmentProvider provider = new EnvironmentProvider() {
            @Override
            public CompletableFuture<Environment> resolveEnvironment() {
                return CompletableFuture.completedFuture(EmfCapture.this);
            }
        };
        Metrics metrics = new EmfMetricsLogger(provider, new MetricsContext());
        metrics.setNamespace("CouncilPerformance");
        metrics.setDefaultDimensions(DimensionSet.of("Service", "council-performance"));
        return metrics;
    }

    @Override
    public void accept(MetricsContext context) {
        try {
            for (String line : context.serialize()) {
                lines.add(JSON.readTree(line));
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public boolean probe() {
        return true;
    }

    @Override
    public String getName() {
        return "test";
    }

    @Override
    public String getType() {
        return "AWS::Lambda::Function";
    }

    @Override
    public String getLogGroupName() {
        return "test";
    }

    @Override
    public void configureContext(MetricsContext context) {}

    @Override
    public ISink getSink() {
        return this;
    }
}
