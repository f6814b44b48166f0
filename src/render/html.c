#include "render/render.h"
csq_status csq_render_html(FILE *out, const csq_render_options *options, const csq_edition *ed,
                           csq_error *err) { (void)out; (void)options; (void)ed; return csq__fail(err, CSQ_INTERNAL, NULL, -1, "todo"); }
csq_status csq_render_html_index(FILE *out, const csq_render_options *options,
                                 const csq_export *ex, csq_error *err) { (void)out; (void)options; (void)ex; return csq__fail(err, CSQ_INTERNAL, NULL, -1, "todo"); }
csq_status csq_render_html_style(FILE *out, const csq_render_options *options,
                                 const csq_export *ex, csq_error *err) { (void)out; (void)options; (void)ex; return csq__fail(err, CSQ_INTERNAL, NULL, -1, "todo"); }
