package org.minsheng.tracker.plan;

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
 * A government department that can lead commitments (牵头单位).
 */
@Entity
@Table(name = "department")
public class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	private LocalizedText name;

	protected Department() {
	}

	public Department(String code, LocalizedText name) {
		this.code = code;
		this.name = name;
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

}
