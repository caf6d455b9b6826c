package org.minsheng.tracker.api;

import org.minsheng.tracker.system.LocalizedText;

/**
 * A text in Chinese (the authority) and English (absent where not translated).
 */
record Text(String zh, String en) {

	static Text of(LocalizedText text) {
		return (text != null) ? new Text(text.zh(), text.en()) : null;
	}

}
