/** The append-only audit log every module writes to: who did what, when, in which city, before and after. */
package eu.sharingcities.audit;
