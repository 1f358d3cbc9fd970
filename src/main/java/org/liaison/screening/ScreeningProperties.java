package org.liaison.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code liaison.screening.*}: how the screening index finds and loads candidates. The match threshold
 * is not here: it is tuned with the matcher ({@code PersonMatcher.THRESHOLD}) and must mean the same on
 * every node.
 *
 * @param candidates persons scored per screening at most, the best by shared name keys (default 50)
 * @param rebuildThreads threads that index alerts while the rebuild at start reads them (default: the
 *     number of processors)
 * @param mergeSegments segments the index is merged down to after a rebuild, for faster searches (default 4)
 */
@ConfigurationProperties("liaison.screening")
record ScreeningProperties(int candidates, int rebuildThreads, int mergeSegments) {

	ScreeningProperties {
		candidates = candidates <= 0 ? 50 : candidates;
		rebuildThreads = rebuildThreads <= 0 ? Runtime.getRuntime().availableProcessors() : rebuildThreads;
		mergeSegments = mergeSegments <= 0 ? 4 : mergeSegments;
	}
}
