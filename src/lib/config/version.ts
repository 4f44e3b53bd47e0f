/** Bump when the JSON form changes incompatibly (permalinks carry it). */
export const MODEL_VERSION = 1;
