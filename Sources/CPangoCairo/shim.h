#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-ft.h>
#include <pango/pangocairo.h>
#include <hb-subset.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <zlib.h>
