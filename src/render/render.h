/*
 * render.h — the renderers: text for people, JSON for programs.
 */
#ifndef CSQ_RENDER_H
#define CSQ_RENDER_H

#include "query/query.h"

#endif /* CSQ_RENDER_H */
