package org.minsheng.tracker.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Photos are decoded and encoded again: what a camera wrote beside the pixels (an EXIF
 * GPS position) is gone, large photos are scaled down, and what is not a photo is refused
 * with a message.
 */
class PhotoTest {

	@Test
	void theLocationACameraWroteIsGone() throws IOException {
		byte[] withExif = withExifSegment(jpeg(640, 480), "Exif\0\0GPSLatitude=37.6873;GPSLongitude=112.7531");
		assertThat(new String(withExif, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");

		Photo photo = Photo.from(withExif);

		String stored = new String(photo.jpeg(), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain("GPSLatitude").doesNotContain("Exif");
		assertThat(ImageIO.read(new ByteArrayInputStream(photo.jpeg())).getWidth()).isEqualTo(640);
		assertThat(photo.width()).isEqualTo(640);
		assertThat(photo.height()).isEqualTo(480);
	}

	@Test
	void largePhotosAreScaledDown() throws IOException {
		Photo photo = Photo.from(jpeg(3200, 1600));
		assertThat(photo.width()).isEqualTo(Photo.MAX_SIDE);
		assertThat(photo.height()).isEqualTo(800);
	}

	@Test
	void whatIsNotAPhotoIsRefused() {
		assertThatThrownBy(() -> Photo.from("not an image".getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(
				PhotoRefusedException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("sites.error.photoFormat"));
		assertThatThrownBy(() -> Photo.from(new byte[0])).isInstanceOf(PhotoRefusedException.class);
		assertThatThrownBy(() -> Photo.from(new byte[Photo.MAX_BYTES + 1])).isInstanceOfSatisfying(
				PhotoRefusedException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("sites.error.photoTooLarge"));
	}

	private static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x += 7) {
			image.setRGB(x, x % height, 0x336699);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	/**
	 * Inserts an APP1 segment (as cameras write EXIF) right after the start-of-image
	 * marker.
	 */
	private static byte[] withExifSegment(byte[] jpeg, String content) {
		byte[] payload = content.getBytes(StandardCharsets.ISO_8859_1);
		int length = payload.length + 2;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(payload, 0, payload.length);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

}
