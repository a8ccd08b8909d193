package eu.sharingcities.partners;

/** What kind of organisation a partner is. */
public enum PartnerType {
    ESCO, TECHNOLOGY_PROVIDER, INSTALLER, FINANCIER, CONSULTANCY, RESEARCH, PUBLIC_BODY, CITIZEN_ORGANISATION
}
