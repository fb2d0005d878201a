/**
 * A stand-in CRaC implementation for local runs, in the shape the {@code org.crac} facade looks for
 * when {@code -Dorg.crac.Core.Compat=uk.scrutiny.local.crac} names it (Resource, Context, Core and
 * the two exceptions): {@link uk.scrutiny.local.crac.Core#checkpointRestore()} calls every
 * registered resource's {@code beforeCheckpoint} as SnapStart does before its snapshot, then
 * {@code afterRestore}, without taking any snapshot. It lets the runner run a function's priming
 * hook through the real facade, in the function's own JVM, against the emulators.
 */
package uk.scrutiny.local.crac;
