/* rewrap.h — placeholder: being written (round-trip helper). */
#ifndef CSQ_REWRAP_H
#define CSQ_REWRAP_H
#endif
