package org.minsheng.tracker.system;

/**
 * Implemented by the domain events that change what the public sees (an approval, a
 * published plan or suggestion, a new lead department). {@link PublicRevision} listens to
 * them and bumps the revision in the same transaction.
 */
public interface PublicDataChanged {

}
