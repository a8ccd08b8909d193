/**
 * Alarms that every module raises: rules per point or endpoint (threshold with deadband and
 * on-delay, rate of change, stale value, communication loss, deviation from an expected value),
 * evaluated by {@link eu.sharingcities.alarms.AlarmEngine}, and each alarm's lifecycle (active,
 * acknowledged, cleared, shelved) after ISA-18.2. A communication loss stands for the stale
 * values it causes: those are not raised while their endpoint is down.
 */
package eu.sharingcities.alarms;
