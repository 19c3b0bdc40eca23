package app.unknot.catalog;

import java.util.List;

import app.unknot.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A condition or warning sign that changes whether or how a routine may be done. */
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

	public String getCode() {
		return code;
	}

	public String getTitle() {
		return title;
	}

	public String getExplanation() {
		return explanation;
	}

	public String getAdvice() {
		return advice;
	}

	public CautionAction getAction() {
		return action;
	}

	public String getQuestion() {
		return question;
	}

	/** The signs a question asks about, in order; empty for a plain yes/no question. */
	public List<String> getQuestionItemList() {
		return questionItems == null ? List.of() : List.of(questionItems.split("\\|"));
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
