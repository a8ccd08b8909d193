package eu.sharingcities.condominium;

/** A present unit's vote on an option. An abstaining unit counts as present, not in favour. */
public enum VoteChoice {
    IN_FAVOUR, AGAINST, ABSTAIN
}
