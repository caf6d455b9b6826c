package org.minsheng.tracker.plan;

/**
 * A new indicator as the administrator types it: every field is text until the rules have
 * checked it.
 */
public class IndicatorForm {

	private String nameZh;

	private String nameEn;

	private String kind;

	private String unitZh;

	private String unitEn;

	private String target;

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getUnitZh() {
		return this.unitZh;
	}

	public void setUnitZh(String unitZh) {
		this.unitZh = unitZh;
	}

	public String getUnitEn() {
		return this.unitEn;
	}

	public void setUnitEn(String unitEn) {
		this.unitEn = unitEn;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

}
