package org.liaison.web;

/**
 * Where a list stands: its page (from 0) and whether a next one may exist (this one is full). No total,
 * which would cost a count of what the user may not even see.
 */
record Pager(int page, boolean hasNext) {

	public boolean hasPrevious() {
		return page > 0;
	}

	public int previous() {
		return page - 1;
	}

	public int next() {
		return page + 1;
	}
}
