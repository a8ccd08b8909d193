/**
 * OPC UA servers that behave like the controllers of each city: building management systems
 * (one-node thermal model per building), the water-source heat pump, street-lighting
 * controllers. Deterministic for a seed, with history for HistoryRead; used by the demo, the
 * tests and the benchmarks. {@code model} holds the physics, free of OPC UA.
 */
package eu.sharingcities.simulator;
