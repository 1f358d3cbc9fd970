package org.liaison.agency;

/** Published when a personal API token is revoked, so that every cache of it forgets it at once. */
public record ApiTokenRevoked(String tokenId) {
}
