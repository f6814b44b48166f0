/*
 * lists.c — csq_obligation_list and csq_definition_list.
 */
#include "deontic/deontic.h"

CSQ__LIST_FUNCTIONS(csq_obligation_list, obligation_list, csq_obligation, )
CSQ__LIST_FUNCTIONS(csq_definition_list, definition_list, csq_definition, )
