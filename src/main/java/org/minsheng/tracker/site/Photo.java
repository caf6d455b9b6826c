package org.minsheng.tracker.site;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * An uploaded photo made safe to store and show: decoded to pixels and encoded again as a
 * JPEG, so EXIF, XMP and every other piece of metadata (a GPS position, the camera, the
 * time) is gone; scaled down to at most {@link #MAX_SIDE} pixels on its longer side.
 *
 * @param jpeg the re-encoded image
 * @param width its width in pixels
 * @param height its height in pixels
 */
public record Photo(byte[] jpeg, int width, int height) {

	/** The largest upload accepted, in bytes. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	/** The longest side stored, in pixels. */
	public static final int MAX_SIDE = 1600;

	/**
	 * Images with more pixels than this are refused before decoding (a decompression
	 * bomb).
	 */
	private static final long MAX_PIXELS = 40_000_000L;

	/**
	 * Reads an upload (JPEG, PNG, GIF or BMP) and re-encodes it.
	 * @throws PhotoRefusedException with the message key telling why it is refused
	 */
	public static Photo from(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new PhotoRefusedException("sites.error.photoEmpty");
		}
		if (upload.length > MAX_BYTES) {
			throw new PhotoRefusedException("sites.error.photoTooLarge");
		}
		BufferedImage image = decode(upload);
		BufferedImage rgb = scaled(image);
		return new Photo(encode(rgb), rgb.getWidth(), rgb.getHeight());
	}

	private static BufferedImage decode(byte[] upload) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = (in != null) ? ImageIO.getImageReaders(in) : null;
			if (readers == null || !readers.hasNext()) {
				throw new PhotoRefusedException("sites.error.photoFormat");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels <= 0 || pixels > MAX_PIXELS) {
					throw new PhotoRefusedException("sites.error.photoTooLarge");
				}
				BufferedImage image = reader.read(0);
				if (image == null) {
					throw new PhotoRefusedException("sites.error.photoFormat");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PhotoRefusedException refused) {
				throw refused;
			}
			throw new PhotoRefusedException("sites.error.photoFormat");
		}
	}

	private static BufferedImage scaled(BufferedImage image) {
		double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(java.awt.Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

	private static byte[] encode(BufferedImage rgb) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(rgb, null, null), parameters);
		}
		catch (IOException ex) {
			throw new PhotoRefusedException("sites.error.photoFormat");
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
