/*
 * query.h — the query stage: lookups, full-text search, and the questions
 * asked of citations, obligations and definitions.
 */
#ifndef CSQ_QUERY_H
#define CSQ_QUERY_H

#include "store/store.h"

#endif /* CSQ_QUERY_H */
