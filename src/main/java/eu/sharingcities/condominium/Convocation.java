package eu.sharingcities.condominium;

/** Which call of the assembly this is: the quorums of the Civil Code differ between them. */
public enum Convocation {
    FIRST, SECOND
}
