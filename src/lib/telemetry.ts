/**
 * The environment that turns off telemetry in the tools the project runs. Astro reads
 * ASTRO_TELEMETRY_DISABLED (its @astrojs/telemetry package); the others send none.
 */
export const telemetryOff = { ASTRO_TELEMETRY_DISABLED: '1' } as const;
