/**
 * What the platform says to the people who use it, whichever door they come through: messages kept
 * as keys with arguments and said in the reader's language ({@link eu.sharingcities.text.Message}),
 * refusals that say what to fix (400, {@link eu.sharingcities.text.Refusal},
 * {@link eu.sharingcities.text.FieldCheck}) and things not found (404, {@link eu.sharingcities.text.NotFound}).
 * Every feature may use it; it uses none.
 */
package eu.sharingcities.text;
