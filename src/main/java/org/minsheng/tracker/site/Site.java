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

import org.minsheng.tracker.plan.Indicator;

/**
 * A site's permanent identity under one count indicator: its page's address and the QR
 * code on its poster never change. What it is (name, address, state) is in its
 * {@link SiteRevision}s; the latest approved one is public.
 */
@Entity
@Table(name = "site")
public class Site {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	@Column(name = "created_at")
	private Instant createdAt;

	private boolean demonstration;

	protected Site() {
	}

	Site(Indicator indicator, Instant createdAt, boolean demonstration) {
		this.indicator = indicator;
		this.createdAt = createdAt;
		this.demonstration = demonstration;
	}

	public Long getId() {
		return this.id;
	}

	public Indicator getIndicator() {
		return this.indicator;
	}

	public boolean isDemonstration() {
		return this.demonstration;
	}

}
