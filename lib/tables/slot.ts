/**
 * A number only the browser knows (how many rows a filter leaves), in a
 * sentence the server wrote: the server formats the message with this slot
 * as the number's value, the browser puts the formatted number in its place.
 * The pages send no message catalogue and no ICU runtime.
 */
export const SLOT = '{n}';

export const fillSlot = (sentence: string, value: string) => sentence.replace(SLOT, value);
