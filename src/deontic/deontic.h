/*
 * deontic.h — the deontic stage: obligations (who must, may or must not do
 * what) and definitions.
 */
#ifndef CSQ_DEONTIC_H
#define CSQ_DEONTIC_H

#include "citations/citations.h"

#endif /* CSQ_DEONTIC_H */
