/**
 * The partners' portal (issue 18): the programme's partner organisations (ESCos, technology
 * providers, installers, financiers) with their people and competences, edited by each partner and
 * published by consortium staff; its views in {@code ui} under {@code /partners}.
 */
package eu.sharingcities.partners;
