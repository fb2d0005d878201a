package uk.scrutiny.local;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Prints each SDK call a process makes ({@code SDK-CALL DynamoDB.PutItem}) to stderr. Put on a class
 * path with its global interceptor file, it lets {@link ColdStartBenchmark} check, outside the timed
 * runs, that the bare JVM makes exactly the handler's calls.
 */
public final class CallLog implements ExecutionInterceptor {
    /** Where the SDK looks for global interceptors on the class path. */
    static final String GLOBAL_INTERCEPTORS = "software/amazon/awssdk/global/handlers/execution.interceptors";

    static final String PREFIX = "SDK-CALL ";

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        System.err.println(PREFIX + attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }
}
