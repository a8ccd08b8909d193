package eu.sharingcities.sems;

/** A strategy that only recommends logs what it would do; one that acts sends the commands. */
public enum Mode {
    RECOMMEND, ACT
}
