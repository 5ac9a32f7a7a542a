/* A local RTSP server for the camera tests: serves a generated H.264 test pattern (GStreamer's
 * videotestsrc) at rtsp://127.0.0.1:<port>/test until killed. Usage: rtsptestserver <port> */
#include <gst/gst.h>
#include <gst/rtsp-server/rtsp-server.h>
#include <stdio.h>

int main(int argc, char *argv[])
{
    gst_init(&argc, &argv);
    if (argc < 2) {
        fprintf(stderr, "usage: rtsptestserver <port>\n");
        return 2;
    }
    GMainLoop *loop = g_main_loop_new(NULL, FALSE);
    GstRTSPServer *server = gst_rtsp_server_new();
    g_object_set(server, "address", "127.0.0.1", "service", argv[1], NULL);
    GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(server);
    GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
    gst_rtsp_media_factory_set_launch(factory,
                                      "( videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,height=180,"
                                      "framerate=25/1 ! x264enc tune=zerolatency speed-preset=ultrafast ! "
                                      "rtph264pay name=pay0 pt=96 )");
    gst_rtsp_media_factory_set_shared(factory, TRUE);
    gst_rtsp_mount_points_add_factory(mounts, "/test", factory);
    g_object_unref(mounts);
    if (gst_rtsp_server_attach(server, NULL) == 0) {
        fprintf(stderr, "rtsptestserver: cannot listen on port %s\n", argv[1]);
        return 1;
    }
    printf("ready\n");
    fflush(stdout);
    g_main_loop_run(loop);
    return 0;
}
