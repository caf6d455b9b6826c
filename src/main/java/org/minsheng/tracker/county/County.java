package org.minsheng.tracker.county;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.minsheng.tracker.system.LocalizedText;

/**
 * A county-level division (县(区、市)) of the city, addressed by a lower-case code.
 */
@Entity
@Table(name = "county")
public class County {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	private LocalizedText name;

	@Column(name = "sort_order")
	private int sortOrder;

	protected County() {
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedText getName() {
		return this.name;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
