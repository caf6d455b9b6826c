package org.minsheng.tracker.site;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A photo as stored: re-encoded as JPEG, so nothing of the uploaded file's metadata is
 * left.
 */
@Entity
@Table(name = "site_photo")
public class SitePhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private byte[] jpeg;

	private int width;

	private int height;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected SitePhoto() {
	}

	SitePhoto(Photo photo, Instant uploadedAt) {
		this.jpeg = photo.jpeg();
		this.width = photo.width();
		this.height = photo.height();
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return this.id;
	}

	public byte[] getJpeg() {
		return this.jpeg.clone();
	}

}
