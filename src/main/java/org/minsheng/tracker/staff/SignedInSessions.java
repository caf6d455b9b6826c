package org.minsheng.tracker.staff;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends an account's signed-in sessions on every instance (they live in the database) once
 * the change that calls for it has committed: a disabled account, changed roles or a new
 * password take effect at once rather than when the session expires.
 */
@Component
class SignedInSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void endAfterCommit(String username) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				end(username);
			}
		});
	}

	/** As {@link #endAfterCommit}, except the session {@code keepSessionId}. */
	void endOthersAfterCommit(String username, String keepSessionId) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				SignedInSessions.this.sessions.findByPrincipalName(username)
					.keySet()
					.stream()
					.filter((id) -> !id.equals(keepSessionId))
					.forEach(SignedInSessions.this.sessions::deleteById);
			}
		});
	}

	private void end(String username) {
		this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById);
	}

}
