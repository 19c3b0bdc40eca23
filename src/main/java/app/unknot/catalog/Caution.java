package app.unknot.catalog;

import java.util.List;

import app.unknot.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A condition or warning sign that changes whether or how a routine may be done. Its
 * texts read in the request's language ({@link LocalizedText#current()}).
 */
@Entity
@Table(name = "caution")
public class Caution extends BaseEntity {

	private String code;

	private String title;

	private String explanation;

	/** What to do instead, or how to adapt. */
	private String advice;

	@Enumerated(EnumType.STRING)
	private CautionAction action;

	/**
	 * The yes/no question asked before a session; null when the caution applies during
	 * one.
	 */
	private String question;

	/**
	 * Signs listed under the question, separated by '|'; null for a plain yes/no
	 * question.
	 */
	@Column(name = "question_items")
	private String questionItems;

	/** A "yes" means get help now (emergency), not only "do not start". */
	private boolean urgent;

	/**
	 * Whether the safety profile offers it: lasting conditions, not what is true only
	 * today.
	 */
	@Column(name = "in_profile")
	private boolean inProfile;

	@Column(name = "sort_order")
	private int sortOrder;

	// The Spanish beside each text; null where there is none (see LocalizedText).
	@Column(name = "title_es")
	private String titleEs;

	@Column(name = "explanation_es")
	private String explanationEs;

	@Column(name = "advice_es")
	private String adviceEs;

	@Column(name = "question_es")
	private String questionEs;

	@Column(name = "question_items_es")
	private String questionItemsEs;

	public String getCode() {
		return code;
	}

	public String getTitle() {
		return getTitleText().current();
	}

	public LocalizedText getTitleText() {
		return new LocalizedText(title, titleEs);
	}

	public String getExplanation() {
		return getExplanationText().current();
	}

	public LocalizedText getExplanationText() {
		return new LocalizedText(explanation, explanationEs);
	}

	public String getAdvice() {
		return getAdviceText().current();
	}

	public LocalizedText getAdviceText() {
		return new LocalizedText(advice, adviceEs);
	}

	public CautionAction getAction() {
		return action;
	}

	public String getQuestion() {
		return getQuestionText().current();
	}

	public LocalizedText getQuestionText() {
		return new LocalizedText(question, questionEs);
	}

	/** The signs a question asks about, in order; empty for a plain yes/no question. */
	public List<String> getQuestionItemList() {
		String items = getQuestionItemsText().current();
		return items == null ? List.of() : List.of(items.split("\\|"));
	}

	/** The signs a question asks about, separated by '|'; null for a plain question. */
	public LocalizedText getQuestionItemsText() {
		return new LocalizedText(questionItems, questionItemsEs);
	}

	public boolean isUrgent() {
		return urgent;
	}

	public boolean isInProfile() {
		return inProfile;
	}

	public boolean isAskedBeforeSession() {
		return question != null;
	}

	public int getSortOrder() {
		return sortOrder;
	}

}
