#ifndef COUNTERPART_LIBXML2_ERRORS_H
#define COUNTERPART_LIBXML2_ERRORS_H

/* libxml2 prints some problems (a file whose bytes its declared encoding cannot decode)
   through its generic error function, on standard error, and nowhere else. These route
   them into a buffer of the calling thread instead, so that Counterpart can say what is
   wrong in its own words. A variadic C callback cannot be written in Swift. */

/* Empties this thread's buffer and sends libxml2's generic messages on this thread to it. */
void counterpart_capture_generic_errors(void);

/* The messages captured on this thread since the last call above ("" when none). */
const char *counterpart_captured_generic_errors(void);

#endif
