package org.minsheng.tracker.site;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A resident's rating at a site: works well, or has a problem; only a hash of the
 * address.
 */
@Entity
@Table(name = "site_rating")
class SiteRating {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "site_id")
	private Site site;

	private boolean works;

	@Column(name = "address_hash")
	private String addressHash;

	@Column(name = "rated_at")
	private Instant ratedAt;

	protected SiteRating() {
	}

	SiteRating(Site site, boolean works, String addressHash, Instant ratedAt) {
		this.site = site;
		this.works = works;
		this.addressHash = addressHash;
		this.ratedAt = ratedAt;
	}

}
