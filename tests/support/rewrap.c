/* placeholder: being written */
#include "rewrap.h"
typedef int csq_rewrap_placeholder;
