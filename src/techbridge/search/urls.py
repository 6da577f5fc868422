from django.urls import path

from techbridge.search import views

app_name = "search"
urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/saved/", views.saved_search_list, name="saved"),
    path("search/saved/new/", views.saved_search_create, name="saved_create"),
    path(
        "search/saved/<int:saved_search_id>/delete/",
        views.saved_search_delete,
        name="saved_delete",
    ),
]
